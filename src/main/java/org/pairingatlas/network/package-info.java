/**
 * The network as a whole: any node by id, neighbourhoods and paths between nodes, as
 * nodes and edges ready to draw, optionally as of a date.
 */
@NullMarked
package org.pairingatlas.network;

import org.jspecify.annotations.NullMarked;
