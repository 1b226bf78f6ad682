package org.euromesh.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Where the pages speak of "the project's repository", they link to it once data/edition.yaml gives its address. */
class RepositoryLinkTest {

    static final String REPOSITORY = "https://example.org/euromesh/source";

    @Test
    void theWordsLinkToTheRepositoryWhenTheEditionNamesIt() throws Exception {
        Project.Rendered r = Project.stages(Project.shippedRoot(), List.of("edition.repository=" + REPOSITORY), "");
        for (String page : List.of("index.html", "reproduce.html")) {
            Document d = Jsoup.parse(r.page(page));
            assertEquals(List.of("the project's repository"), d.select("main a[href=" + REPOSITORY + "]").eachText(), page);
        }
        for (String page : List.of("index.html", "model.html", "404.html")) {
            assertEquals(List.of("Source code"), Jsoup.parse(r.page(page)).select("footer a[href=" + REPOSITORY + "]").eachText(), page);
        }
    }

    @Test
    void withoutAnAddressTheWordsStayPlainText() throws Exception {
        Project.Rendered r = Project.stages(Project.shippedRoot(), List.of(), "");
        for (String page : List.of("index.html", "reproduce.html")) {
            Document d = Jsoup.parse(r.page(page));
            assertTrue(d.select("main").text().contains("the project's repository"), page);
            assertEquals(List.of(), d.select("main a").stream().filter(a -> a.text().equals("the project's repository")).toList(), page);
            assertEquals(List.of(), d.select("footer a").stream().filter(a -> a.text().equals("Source code")).toList(), page);
        }
    }
}
