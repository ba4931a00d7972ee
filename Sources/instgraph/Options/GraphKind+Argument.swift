import ArgumentParser
import InstitutionGraph

/// `--graph` and `--view` take `bipartite`, `institutions` or `consortia`.
extension GraphKind: ExpressibleByArgument {}
