package org.euromesh.explore;

import org.euromesh.model.Model;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.SelfChecks;

/** An entry point that reaches every public path of the model, for TeaVmCompileTest. */
final class WholeModel {

    private WholeModel() {
    }

    public static void main(String[] args) {
        ModelInputs in = args.length > 100 ? null : null;
        System.out.println(SelfChecks.run(Model.run(in)).size());
    }
}
