package org.euromesh.report;

/**
 * One editor's Markdown file: its front matter and its body. {@code body} keeps the front
 * matter's lines as blank lines, so line numbers in errors are the file's own.
 */
public record ContentPage(String file, FrontMatter frontMatter, String body) {

    /** The page's front matter; {@code slug} names the output file ({@code slug}.html). */
    public record FrontMatter(String title, String slug, int order, String navTitle, String description) {
        public FrontMatter {
            if (title == null || title.isBlank() || slug == null || !slug.matches("[a-z0-9][a-z0-9-]*")
                    || description == null || description.isBlank()) {
                throw new IllegalArgumentException("front matter needs title, slug (lower-case letters, digits, '-') and description");
            }
            navTitle = navTitle == null || navTitle.isBlank() ? title : navTitle;
        }

        public String href() {
            return slug + ".html";
        }
    }
}
