package org.pairingatlas.base.neo4j;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;

/**
 * Spring Data Neo4j's transaction manager, opening the session of a transaction that may
 * write as a writer ({@link AccessIntent}); a read-only transaction stays a read.
 */
final class WriteIntentTransactionManager implements PlatformTransactionManager {

	private final PlatformTransactionManager transactions;

	WriteIntentTransactionManager(PlatformTransactionManager transactions) {
		this.transactions = transactions;
	}

	@Override
	public TransactionStatus getTransaction(@Nullable TransactionDefinition definition) throws TransactionException {
		if (definition != null && definition.isReadOnly()) {
			return this.transactions.getTransaction(definition);
		}
		return AccessIntent.writing(() -> this.transactions.getTransaction(definition));
	}

	@Override
	public void commit(TransactionStatus status) throws TransactionException {
		this.transactions.commit(status);
	}

	@Override
	public void rollback(TransactionStatus status) throws TransactionException {
		this.transactions.rollback(status);
	}

}
