/**
 * Plumbing of the pages and resources: bundle messages, Faces messages, the locale, lazy paging, security headers,
 * Excel downloads ({@link org.estatedesk.shared.Spreadsheet}) and printed documents as PDF. A new document (a
 * stop-service notice, a decoration permit) is an assembler in its capability's package that fills a
 * {@link org.estatedesk.shared.PdfDocument} with the configured font ({@link org.estatedesk.shared.DocumentFonts})
 * — see {@code billing.ReceiptPdf}, {@code servicedesk.NoticePdf} — amounts in words by
 * {@link org.estatedesk.shared.ChineseAmount}, served by the API as {@code application/pdf} and to pages through
 * {@link org.estatedesk.shared.PdfDownload}.
 */
package org.estatedesk.shared;
