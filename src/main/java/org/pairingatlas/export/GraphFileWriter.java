package org.pairingatlas.export;

import java.io.Closeable;

/**
 * Writes an export file from the nodes, then the relationships, it is given. Only
 * {@link #finish()} completes the file, so an export that fails midway never looks whole.
 */
interface GraphFileWriter extends GraphSink, Closeable {

	void finish();

}
