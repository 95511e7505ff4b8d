package org.newsdesk.ingest;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.newsdesk.identity.CurrentUser;
import org.newsdesk.identity.Role.Names;
import org.newsdesk.ingest.internal.SourceItemRepository;
import org.newsdesk.ingest.internal.TextCleaner;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports source items and reads them back. */
@Service
public class IngestService {

    public static final int MAX_TEXT_LENGTH = 200_000;
    private static final List<String> LANGUAGES = List.of("en", "fr", "zh");

    private final SourceItemRepository items;

    IngestService(SourceItemRepository items) {
        this.items = items;
    }

    /** Stores pasted text as a source item; the same text pasted again returns the item already stored. */
    @RolesAllowed(Names.EDITOR)
    @Transactional
    public ImportResult paste(PastedSource pasted) {
        String title = TextCleaner.cleanLine(pasted.title());
        String text = TextCleaner.clean(pasted.text());
        if (title.isEmpty()) {
            throw new IllegalArgumentException("Give the source a title.");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Paste the source's text: it is empty.");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("The text is " + text.length() + " characters long; the most a source may hold is "
                    + MAX_TEXT_LENGTH + ".");
        }
        String url = pasted.url() == null ? null : pasted.url().strip();
        if (url != null && url.isEmpty()) {
            url = null;
        }
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("The URL must start with http:// or https:// (got \"" + url + "\").");
        }
        String language = pasted.language();
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unknown language \"" + language + "\"; use one of " + LANGUAGES + ".");
        }
        String hash = TextCleaner.contentHash(text);
        Optional<SourceItem> existing = items.findByHash(hash);
        if (existing.isPresent()) {
            return new ImportResult(existing.get(), true);
        }
        String sourceName = pasted.sourceName() == null || pasted.sourceName().isBlank() ? null : TextCleaner.cleanLine(pasted.sourceName());
        SourceItemId id = items.insert("PASTE", sourceName, url, title, language, text, hash, CurrentUser.require().id().value());
        return new ImportResult(items.find(id).orElseThrow(), false);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SourceItem> find(SourceItemId id) {
        return items.find(id);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<SourceItem> findAll(List<SourceItemId> ids) {
        return ids.stream().map(items::find).flatMap(Optional::stream).toList();
    }

    /** The newest items first, one page at a time (the inbox grid loads lazily). */
    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public List<SourceItem> page(int offset, int limit) {
        return items.page(offset, limit);
    }

    @RolesAllowed({Names.EDITOR, Names.REVIEWER, Names.PUBLISHER, Names.ADMIN})
    @Transactional(readOnly = true)
    public int count() {
        return items.count();
    }

    /** Marks items as used in a story (called when a story is started from them). */
    @RolesAllowed(Names.EDITOR)
    @Transactional
    public void markUsed(List<SourceItemId> ids) {
        ids.forEach(items::markUsed);
    }
}
