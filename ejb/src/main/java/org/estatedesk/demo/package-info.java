/**
 * First start of an empty database: the demo group of the README (two companies, four estates, over 5,000 units,
 * owners and the demo users), or, where demo data is not wanted, just the first administrator. It holds no
 * DOMAIN.md rule; its data only shows the rules held elsewhere.
 */
package org.estatedesk.demo;
