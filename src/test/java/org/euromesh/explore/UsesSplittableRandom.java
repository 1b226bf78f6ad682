package org.euromesh.explore;

import java.util.SplittableRandom;

/** A class the model must not look like: TeaVM's class library has no SplittableRandom. */
final class UsesSplittableRandom {

    private UsesSplittableRandom() {
    }

    public static void main(String[] args) {
        System.out.println(new SplittableRandom(args.length).split().nextDouble());
    }
}
