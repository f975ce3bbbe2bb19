/**
 * The practice's articles: Markdown rendered and sanitised when saved, drafts and scheduled
 * publishing by the injected clock, tags, slug redirects (and slugs typed in capitals or straight
 * after the site's address, as its {@code KnownAddresses}), the home page, blog index, tag pages,
 * Atom feed (tag: ids chosen once), sitemap (its own pages and those every module declares) and
 * robots.txt, and the demo articles. Uses {@code media} for images (and
 * tells it, as a {@code MediaUses}, which images public articles show) and {@code system} for
 * settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Blog")
package org.corebalance.blog;
