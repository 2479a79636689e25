/** Operation log (R0.8) and master-data change history: writing, searching and exporting them. */
package org.estatedesk.audit;
