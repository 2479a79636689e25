/** The hot-water sealings page (R3.8). */
package org.estatedesk.hotwater;
