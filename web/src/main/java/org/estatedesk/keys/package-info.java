/** The key register's page (R5.1): {@code keys/register.xhtml} and its backing bean. */
package org.estatedesk.keys;
