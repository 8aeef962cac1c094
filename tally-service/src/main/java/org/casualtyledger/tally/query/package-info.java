/** What every read shares: query parameters (paging, names), SQL filters and CSV. */
package org.casualtyledger.tally.query;
