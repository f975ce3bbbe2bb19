package org.corebalance.media;

import java.time.Instant;
import java.util.List;

/** One stored image: its name, full size and the widths it is available in (ascending). */
record MediaAsset(long id, String name, int width, int height, List<Integer> variantWidths, Instant createdAt) {

    ResponsiveImage responsive() {
        int largest = variantWidths.get(variantWidths.size() - 1);
        int middle = variantWidths.stream().filter(w -> w >= 900).findFirst().orElse(largest);
        var srcset = new StringBuilder();
        for (int w : variantWidths) {
            if (!srcset.isEmpty()) {
                srcset.append(", ");
            }
            srcset.append(url(w)).append(' ').append(w).append('w');
        }
        return new ResponsiveImage(url(middle), srcset.toString(), width, height,
                url(variantWidths.get(0)), url(largest));
    }

    MediaItem item() {
        ResponsiveImage image = responsive();
        return new MediaItem(id, name, width, height, createdAt, image.smallest(), image);
    }

    String url(int variantWidth) {
        return "/media/" + id + "/" + variantWidth + ".jpg";
    }
}
