package org.euromesh.report.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import java.util.logging.Level;

/**
 * Replaces openhtmltopdf's console logger, which prints every font load at INFO into the
 * build output. Diagnostics still reach each render's consumer; only the console is silenced.
 */
final class QuietLog implements XRLogger {

    private QuietLog() {
    }

    static synchronized void install() {
        if (!(XRLog.getLoggerImpl() instanceof QuietLog)) {
            XRLog.setLoggerImpl(new QuietLog());
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return false;
    }
}
