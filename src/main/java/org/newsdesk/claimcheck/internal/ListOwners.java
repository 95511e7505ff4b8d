package org.newsdesk.claimcheck.internal;

import java.util.List;
import java.util.Locale;

import org.newsdesk.claimcheck.ClaimKind;

/**
 * Whether a draft's count and a source's list are about the same name: the name nearest before the count in the draft's
 * sentence ("Deng Xiaofeng a allégé quatre lignes") stands before the list in its source sentence ("邓晓峰大手笔减持紫金矿业、
 * 圆通速递、中国铝业和华峰化学"), spelled the same or, for a name in pinyin, written in Chinese characters that read so. A tie for
 * {@link ListCount}: the count must still be the list's length, so "Feng Liu opened five new positions" for a list of three
 * after 冯柳 stays unsupported.
 */
final class ListOwners {

    private ListOwners() {}

    static boolean sameOwner(Mention d, ListCount.SourceList list) {
        Mention owner = nearestNameBefore(d);
        if (owner == null) {
            return false;
        }
        Doc s = list.doc();
        int from = s.sentences.start(s.sentences.indexOf(list.start()));
        int firstItemEnd = list.start();
        while (firstItemEnd < list.end() && "、,，".indexOf(s.folded.charAt(firstItemEnd)) < 0) {
            firstItemEnd++; // a Chinese list's first item may have taken in the words before it ("邓晓峰大手笔减持紫金矿业")
        }
        String before = s.folded.substring(from, firstItemEnd);
        String name = owner.text.strip();
        if (name.length() >= 2 && before.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String key = Fold.isLatinLetter(name.charAt(0)) ? Pinyin.key(name) : null;
        if (key == null || key.length() < 5) {
            return false;
        }
        for (int i = 0; i + 2 <= before.length(); i++) {
            for (int len = 2; len <= 3 && i + len <= before.length(); len++) {
                String r = Pinyin.of(before.substring(i, i + len));
                if (key.equals(r)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Mention nearestNameBefore(Mention d) {
        if (d.doc == null || d.sentence < 0 || d.sentence >= d.doc.bySentence.size()) {
            return null;
        }
        List<Mention> sentence = d.doc.bySentence.get(d.sentence);
        Mention best = null;
        for (Mention x : sentence) {
            if (x.kind == ClaimKind.ENTITY && x.end <= d.start && (best == null || x.start > best.start)) {
                best = x;
            }
        }
        return best;
    }
}
