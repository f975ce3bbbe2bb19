package org.corebalance.blog;

/** Whether readers may see an article once its publication time has come. */
enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
