/**
 * The problem value every layer reports: an {@link org.euromesh.problem.InputError} names a file,
 * a line and what was expected. It imports nothing of the project, so the model, the loader, the
 * report, the site and the command line may all use it without depending on one another.
 */
package org.euromesh.problem;
