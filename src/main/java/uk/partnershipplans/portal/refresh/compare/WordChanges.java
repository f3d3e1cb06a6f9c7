package uk.partnershipplans.portal.refresh.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What rewording took out of a title and put in, word by word: the words of each wording not in the longest run of
 * words the two share in order. Compared without regard to case or punctuation at the ends of words.
 */
record WordChanges(List<String> removed, List<String> added) {

    static WordChanges between(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = same(a[i], b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (same(a[i], b[j])) {
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                removed.add(a[i++]);
            } else {
                added.add(b[j++]);
            }
        }
        removed.addAll(Arrays.asList(a).subList(i, a.length));
        added.addAll(Arrays.asList(b).subList(j, b.length));
        return new WordChanges(List.copyOf(removed), List.copyOf(added));
    }

    private static String[] words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
    }

    private static boolean same(String a, String b) {
        return plain(a).equals(plain(b));
    }

    private static String plain(String word) {
        return word.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").toLowerCase(Locale.UK);
    }
}
