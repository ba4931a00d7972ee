// What Swift needs from Graphviz beyond its plain functions.
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>

/// The version of Graphviz whose headers this build was compiled against (`PACKAGE_VERSION`).
static inline const char *cgraphviz_built_version(void) { return PACKAGE_VERSION; }

/// The descriptor of a directed, non-strict graph (Swift 6 rejects the mutable global `Agdirected`).
static inline Agdesc_t cgraphviz_directed(void) { return Agdirected; }

/// The descriptor of an undirected, non-strict graph (Swift 6 rejects the mutable global `Agundirected`).
static inline Agdesc_t cgraphviz_undirected(void) { return Agundirected; }

/// The tail node of an edge (`agtail` is a macro, which Swift does not import).
static inline Agnode_t *cgraphviz_tail(Agedge_t *edge) { return agtail(edge); }

/// The head node of an edge (`aghead` is a macro, which Swift does not import).
static inline Agnode_t *cgraphviz_head(Agedge_t *edge) { return aghead(edge); }

#endif
