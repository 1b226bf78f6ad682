package org.euromesh.explore;

import org.euromesh.model.Model;
import org.euromesh.model.ModelInputs;
import org.euromesh.model.SelfChecks;

/** An entry point that reaches every public path of the model, for TeaVmCompileIT. */
final class WholeModel {

    /** Never set: the compiler only needs the calls to be reachable. */
    static ModelInputs inputs;

    private WholeModel() {
    }

    public static void main(String[] args) {
        System.out.println(SelfChecks.run(Model.run(inputs)).size());
    }
}
