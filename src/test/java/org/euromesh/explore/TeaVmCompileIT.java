package org.euromesh.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.teavm.diagnostics.Problem;
import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.vm.TeaVMOptimizationLevel;

/**
 * The model compiles with TeaVM to WebAssembly GC, all of it (Model.run and its self-checks) and
 * the explorer's entry points: a class or method TeaVM's class library lacks is a failing test
 * here, not a broken page.
 */
class TeaVmCompileIT {

    static List<String> severeProblems(String mainClass, Path out) throws Exception {
        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_GC);
        tool.setMainClass(mainClass);
        tool.setTargetDirectory(out.toFile());
        tool.setTargetFileName("check.wasm");
        tool.setOptimizationLevel(TeaVMOptimizationLevel.SIMPLE);
        tool.setObfuscated(false);
        tool.setClassLoader(TeaVmCompileIT.class.getClassLoader());
        tool.setClassPath(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(File::new).toList());
        tool.generate();
        return tool.getProblemProvider().getSevereProblems().stream().map(TeaVmCompileIT::describe).toList();
    }

    private static String describe(Problem p) {
        return p.getText() + " " + Arrays.toString(p.getParams()) + " at " + p.getLocation();
    }

    @Test
    void theWholeModelCompilesForTheBrowser(@TempDir Path out) throws Exception {
        assertEquals(List.of(), severeProblems(WholeModel.class.getName(), out));
    }

    @Test
    void theExplorersEntryPointsCompileForTheBrowser(@TempDir Path out) throws Exception {
        assertEquals(List.of(), severeProblems(Exports.class.getName(), out));
    }

    @Test
    void aClassTeaVmLacksIsAFailure(@TempDir Path out) throws Exception {
        List<String> problems = severeProblems(UsesSplittableRandom.class.getName(), out);
        assertTrue(problems.stream().anyMatch(p -> p.contains("SplittableRandom")), problems.toString());
    }
}
