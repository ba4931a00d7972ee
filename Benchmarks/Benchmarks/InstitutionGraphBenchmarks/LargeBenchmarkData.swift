import Foundation

/// The large affiliation network of the shared generator (35,000 consortia, 30,000 institutions,
/// ~212,000 memberships: the anchors' large size, CORDIS-like), as a CSV made once into the
/// temporary folder; `INSTGRAPH_BENCH_LARGE_CSV` names another file instead.
///
/// Its institutions are a numbered series (`org-000000` …): every name is one digit from dozens of
/// others, which the probable-duplicate warnings must recognise as a series without comparing
/// them pair by pair.
final class LargeBenchmarkData: Sendable {
    static let shared = LargeBenchmarkData()

    let csv: URL

    private init() {
        if let path = ProcessInfo.processInfo.environment["INSTGRAPH_BENCH_LARGE_CSV"] {
            csv = URL(fileURLWithPath: path)
            return
        }
        do {
            csv = try BenchmarkData.generatedCSV(name: "large-seed1.csv", consortia: 35000, institutions: 30000)
        } catch {
            fatalError("""
                cannot prepare the large benchmark data (\(error)); set INSTGRAPH_BENCH_LARGE_CSV to a membership CSV, or \
                keep shared/bench/gen_affiliation.py beside the repository
                """)
        }
    }
}
