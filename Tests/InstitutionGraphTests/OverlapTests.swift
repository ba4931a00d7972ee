import BundledDatasets
@testable import InstitutionGraph
import PropertyBased
import Testing

@Suite("Shared institutions and consortium overlap")
struct OverlapTests {
    let data = try! BundledDatasets.load().dataset

    @Test("NAVER Cloud and NC AI share three institutions; LG AI Research shares none")
    func kaiPairs() {
        let pairs = data.overlappingPairs()
        let byIDs = Dictionary(uniqueKeysWithValues: pairs.map { ("\(data.consortia[$0.first].id)+\(data.consortia[$0.second].id)", $0) })
        #expect(pairs.count == 6)
        let naverNC = byIDs["naver-cloud-team+nc-ai-team"]
        #expect(naverNC?.shared.map { data.institutions[$0].id } == ["snu", "kaist", "korea-university"])
        #expect(naverNC?.jaccard == 3.0 / 19.0)
        #expect(naverNC?.overlapCoefficient == 3.0 / 8.0)
        #expect(!pairs.contains { data.consortia[$0.first].id == "lg-ai-research-team" || data.consortia[$0.second].id == "lg-ai-research-team" })
    }

    @Test("the count matrix is symmetric with sizes on the diagonal")
    func countMatrix() {
        let matrix = data.overlapMatrix(.count, pairs: data.overlappingPairs())
        #expect(
            matrix.map { $0.map { Int($0) } } == [
                [8, 1, 2, 3, 0],
                [1, 13, 1, 1, 0],
                [2, 1, 8, 2, 0],
                [3, 1, 2, 14, 0],
                [0, 0, 0, 0, 10],
            ])
    }

    @Test("--min-consortia 1 lists every institution")
    func minimumOne() {
        #expect(data.sharedInstitutions(minimumConsortia: 1).count == 47)
        #expect(data.sharedInstitutions(minimumConsortia: 4).count == 1)
        #expect(data.sharedInstitutions(minimumConsortia: 5).isEmpty)
    }

    @Test("Jaccard and the overlap coefficient lie in [0, 1]; matrices are symmetric")
    func similarityBounds() async {
        await propertyCheck(input: Gen.int(in: 0...10_000)) { seed in
            let dataset = RandomDatasets.make(seed: UInt64(seed), consortia: 8, institutions: 20)
            let pairs = dataset.overlappingPairs()
            for pair in pairs {
                #expect((0...1).contains(pair.jaccard))
                #expect((0...1).contains(pair.overlapCoefficient))
                #expect(pair.jaccard <= pair.overlapCoefficient)
            }
            for measure in OverlapMeasure.allCases {
                let matrix = dataset.overlapMatrix(measure, pairs: pairs)
                for i in matrix.indices { for j in matrix.indices { #expect(matrix[i][j] == matrix[j][i]) } }
            }
        }
    }

    @Test("the top pairs are the best of all pairs by the measure, then by count, then in dataset order")
    func topPairs() async {
        await propertyCheck(input: Gen.int(in: 0...10_000), Gen.int(in: 1...12)) { seed, limit in
            let dataset = RandomDatasets.make(seed: UInt64(seed), consortia: 9, institutions: 14)
            for measure in OverlapMeasure.allCases {
                let expected = dataset.overlappingPairs()
                    .sorted { ($0.value(measure), $0.shared.count, $1.first, $1.second) > ($1.value(measure), $1.shared.count, $0.first, $0.second) }
                    .prefix(limit)
                #expect(dataset.overlappingPairs(top: limit, by: measure) == Array(expected))
            }
        }
    }

    @Test("the top pairs by count skip pairs that cannot make the list, yet equal the full count's, on any number of threads")
    func topCountsPruned() async {
        await propertyCheck(input: Gen.int(in: 0...10_000), Gen.int(in: 1...40)) { seed, limit in
            let dataset = RandomDatasets.make(seed: UInt64(seed), consortia: 80, institutions: 30)
            let full = dataset.overlapRanking(top: limit, by: .count, threads: 1).pairs
            for threads in 1...3 {
                #expect(BipartiteGraph(dataset).topPairsBySharedCount(limit, threads: threads) == full)
            }
        }
    }

    @Test("a member a dataset lists twice in one consortium is shared once, whichever way the pairs are ranked")
    func repeatedMember() {
        let institutions = (0..<3).map { Institution(id: "i\($0)", name: LocalizedName(english: "I\($0)")) }
        let twice = Consortium(
            id: "a", name: LocalizedName(english: "A"),
            members: [Membership(institution: 0, role: .lead), Membership(institution: 1, role: .member), Membership(institution: 0, role: .member)])
        let other = Consortium(
            id: "b", name: LocalizedName(english: "B"), members: [Membership(institution: 0, role: .lead), Membership(institution: 2, role: .member)])
        let dataset = Dataset(title: LocalizedName(english: "t"), institutions: institutions, consortia: [twice, other])
        let expected = [ConsortiumPair(first: 0, second: 1, shared: [0], firstSize: 2, secondSize: 2)]
        #expect(dataset.overlappingPairs() == expected)
        for measure in OverlapMeasure.allCases {
            #expect(dataset.overlappingPairs(top: 5, by: measure, threads: 2) == expected)
        }
    }

    @Test("pairs found through institutions equal pairs found by intersecting every two consortia")
    func pairsMatchBruteForce() async {
        await propertyCheck(input: Gen.int(in: 0...10_000)) { seed in
            let dataset = RandomDatasets.make(seed: UInt64(seed), consortia: 7, institutions: 15)
            var expected: [[Int]] = []
            for a in dataset.consortia.indices {
                for b in dataset.consortia.indices where b > a {
                    let shared = Set(dataset.consortia[a].institutionIndices).intersection(dataset.consortia[b].institutionIndices)
                    if !shared.isEmpty { expected.append([a, b] + shared.sorted()) }
                }
            }
            #expect(dataset.overlappingPairs().map { [$0.first, $0.second] + $0.shared } == expected)
        }
    }
}
