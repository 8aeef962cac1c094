package org.casualtyledger.ingest.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Reads an RSS 2.0 or Atom document (ROME) into its items, newest as listed, links made absolute. */
public final class FeedReader {
    private FeedReader() {
    }

    public static List<FeedItem> read(byte[] document, URI feedUri, int maxItems) throws FetchFailure {
        SyndFeed feed = parse(document, feedUri);
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            if (items.size() == maxItems) {
                break;
            }
            String link = link(entry, feedUri);
            if (link != null) {
                items.add(FeedItem.of(link, blankToNull(entry.getTitle()), date(entry), fullText(entry),
                        String.valueOf(entry.getUpdatedDate()), entry.getDescription() == null ? null : entry.getDescription().getValue()));
            }
        }
        return items;
    }

    private static SyndFeed parse(byte[] document, URI feedUri) throws FetchFailure {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document), true)) {
            return input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchFailure("not a readable RSS or Atom feed at " + feedUri + ": " + e.getMessage());
        }
    }

    private static String link(SyndEntry entry, URI feedUri) {
        String link = blankToNull(entry.getLink());
        if (link == null && entry.getUri() != null && entry.getUri().startsWith("http")) {
            link = entry.getUri();
        }
        if (link == null) {
            return null;
        }
        try {
            URI resolved = feedUri.resolve(link.strip());
            boolean web = "http".equalsIgnoreCase(resolved.getScheme()) || "https".equalsIgnoreCase(resolved.getScheme());
            return web && resolved.toString().length() <= 2000 ? resolved.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** RSS content:encoded or Atom content: the whole article, when the feed carries it (a description is only a summary). */
    private static String fullText(SyndEntry entry) {
        StringBuilder text = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                text.append(content.getValue()).append('\n');
            }
        }
        return blankToNull(text.toString());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
