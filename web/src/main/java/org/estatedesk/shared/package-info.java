/**
 * Plumbing of the pages and resources: bundle messages, Faces messages, the locale, every date and time a person
 * reads in the caller's company's zone ({@link Times}, {@code #{times.minute(x)}}, and the output converters
 * {@code estatedesk.day/minute/second/short}, {@link TimeConverter}), lazy paging, security headers,
 * Excel downloads ({@link Spreadsheet}) and printed documents as PDF. A new document (a stop-service notice, a
 * decoration permit) is an assembler in its capability's package that fills a {@link PdfDocument} with the
 * configured font ({@link DocumentFonts}) — see {@code billing.ReceiptPdf}, {@code servicedesk.NoticePdf} —
 * amounts in words by {@link ChineseAmount}, served by the API as {@code application/pdf} and to pages through
 * {@link PdfDownload}. It holds no DOMAIN.md rule of its own.
 */
package org.estatedesk.shared;
