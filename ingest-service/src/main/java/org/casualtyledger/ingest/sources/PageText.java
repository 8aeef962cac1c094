package org.casualtyledger.ingest.sources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article text of a page (jsoup): the elements the source's body selector names, else the page's main text.
 * Paragraphs become lines separated by a blank line, so that sentences and character spans read as on the page.
 */
public final class PageText {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";
    private static final String NOT_TEXT = "script, style, noscript, nav, header, footer, aside, form, figure, iframe, svg";

    private PageText() {
    }

    public static String ofPage(Fetched page, String bodySelector) throws FetchFailure {
        if (!HTML.contains(page.mediaType())) {
            throw new FetchFailure("not an HTML page (" + (page.mediaType().isEmpty() ? "no Content-Type" : page.mediaType()) + "): "
                    + page.uri(), page.status());
        }
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(page.body()), page.declaredCharset(), page.uri().toString());
        } catch (IOException e) {
            throw new FetchFailure("unreadable HTML at " + page.uri() + ": " + e.getMessage());
        }
        document.select(NOT_TEXT).remove();
        Elements roots = bodySelector == null ? new Elements(mainElement(document)) : document.select(bodySelector);
        if (roots.isEmpty()) {
            throw new FetchFailure("the body selector '" + bodySelector + "' matches nothing on " + page.uri());
        }
        return nonEmpty(paragraphs(roots), page.uri().toString());
    }

    /** Text of HTML a feed carries as an item's content. */
    public static String ofFeedContent(String html, String url) throws FetchFailure {
        Document document = Jsoup.parseBodyFragment(html, url);
        document.select(NOT_TEXT).remove();
        return nonEmpty(paragraphs(new Elements(document.body())), url);
    }

    /** article, main or role=main when the page marks it; else the element whose own paragraphs hold the most text. */
    static Element mainElement(Document document) {
        Element marked = document.selectFirst("article, main, [role=main]");
        if (marked != null) {
            return marked;
        }
        Map<Element, Integer> textByParent = new HashMap<>();
        Element best = document.body();
        int bestLength = 0;
        for (Element p : document.select("p")) {
            Element parent = p.parent();
            int length = textByParent.merge(parent, p.text().length(), Integer::sum);
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best;
    }

    private static String paragraphs(Elements roots) {
        List<String> blocks = new ArrayList<>();
        for (Element root : roots) {
            Elements found = root.select(BLOCKS);
            if (found.isEmpty()) {
                blocks.add(root.text());
                continue;
            }
            for (Element block : found) {
                if (!insideAnotherBlock(block, root)) {
                    blocks.add(block.text());
                }
            }
        }
        return String.join("\n\n", blocks.stream().map(String::strip).filter(b -> !b.isEmpty()).toList());
    }

    private static boolean insideAnotherBlock(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String nonEmpty(String text, String where) throws FetchFailure {
        if (text.isBlank()) {
            throw new FetchFailure("no article text found at " + where);
        }
        return text;
    }
}
