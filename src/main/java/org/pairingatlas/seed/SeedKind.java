package org.pairingatlas.seed;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of seed file, each with the exact header its CSV must have (see
 * {@code graph-seed/FORMAT.md}).
 */
enum SeedKind {

	SOURCES("key,kind,number,title,issuer,date,url,file,note"),
	PROGRAMMES("key,name,name_en,kind,framework,start_year,end_year,governing,source,excerpt,note"),
	REGIONS("key,name,level,parent,name_en,official,source,excerpt,note"),
	ORGANISATIONS("key,name,kind,region,name_en,source,excerpt,confirmed,note"),
	PAIRINGS("key,programme,level,kind,supporter,recipient,start_date,end_date,status,source,excerpt,confirmed,note"),
	PROJECTS("key,name,programme,category,region,start_year,end_year,status,implementer,investor,unit,"
			+ "collaboration_funds,matching_funds,central_investment,local_investment,other_investment,"
			+ "total_investment,source,excerpt,confirmed,note"),
	FIGURES("key,set,role,subject,measure,dimension,value,unit,qualifier,period_start,period_end,source,excerpt,note"),
	TARGETS("key,programme,plan,indicator,indicator_en,value,unit,comparator,period_start,period_end,baseline,"
			+ "baseline_year,parent,source,excerpt,note"),
	MEASUREMENTS("key,target,value,unit,as_of,source,excerpt,note"),
	TRANSFERS("key,programme,step,from,to,amount,unit,year_start,year_end,recurrence,project,source,excerpt,note"),
	EXCHANGES("key,programme,kind,from,to,direction,count,unit,qualifier,period_start,period_end,source,excerpt,note"),
	PARTICIPANTS("key,programme,region,role,group,rank,ranking_basis,source,excerpt,confirmed,note"),
	CITATIONS("key,subject,source,excerpt,note");

	private final List<String> columns;

	SeedKind(String header) {
		this.columns = List.of(header.split(","));
	}

	List<String> columns() {
		return this.columns;
	}

	/** The name used in file names, e.g. {@code pairings}. */
	String fileName() {
		return name().toLowerCase();
	}

	/** Whether rows of this kind state facts that must cite a source. */
	boolean citesSources() {
		return this != SOURCES;
	}

	static Optional<SeedKind> fromFileName(String name) {
		return Arrays.stream(values()).filter((kind) -> kind.fileName().equals(name)).findFirst();
	}

}
