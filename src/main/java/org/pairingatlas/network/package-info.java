/**
 * The network as a whole: the {@code node(id)} field and attaching a source to any node,
 * neighbourhoods and paths between nodes as nodes and edges ready to draw, optionally as
 * of a date, and everything stored about one node for the explorer's detail panel.
 */
@NullMarked
package org.pairingatlas.network;

import org.jspecify.annotations.NullMarked;
