/** The passes page (R3.6): {@code passes/passes.xhtml}. */
package org.estatedesk.passes;
