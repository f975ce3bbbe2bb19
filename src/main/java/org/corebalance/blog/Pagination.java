package org.corebalance.blog;

/** Where a list page is among its pages; page numbers start at 1 and the first page has no ?page. */
public record Pagination(int page, int totalPages, String path) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages;
    }

    public boolean isNeeded() {
        return totalPages > 1;
    }

    public String previousUrl() {
        return url(page - 1);
    }

    public String nextUrl() {
        return url(page + 1);
    }

    public String url(int number) {
        return number <= 1 ? path : path + "?page=" + number;
    }
}
