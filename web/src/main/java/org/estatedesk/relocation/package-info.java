/** The move-out page (R3.7): {@code relocation/relocations.xhtml}. */
package org.estatedesk.relocation;
