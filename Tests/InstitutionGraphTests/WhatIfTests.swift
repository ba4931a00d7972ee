import BundledDatasets
import InstitutionGraph
import Testing

@Suite("What-if: dropping consortia")
struct WhatIfTests {
    let data = try! BundledDatasets.load().dataset

    private func consortium(_ name: String) throws -> Int { try data.consortiumIndex(namedOrLedBy: name) }
    private func ids(_ indices: [Int]) -> [String] { indices.map { data.institutions[$0].id } }

    @Test("dropping NAVER Cloud's consortium loses the Korea University link and orphans its own members")
    func dropNaver() throws {
        let impact = try ConsortiumDropAnalysis(data, threads: 2).impact(ofDropping: [consortium("NAVER Cloud")])
        #expect(ids(impact.noLongerShared) == ["korea-university"])
        #expect(Set(ids(impact.orphaned)) == ["naver-cloud", "naver", "twelve-labs", "postech", "hanyang-university"])
        let withNC = try #require(impact.overlapsLost.first { data.consortia[$0.second].id == "nc-ai-team" })
        #expect(ids(withNC.shared) == ["snu", "kaist", "korea-university"])
        #expect(impact.tiesLost == 25 && impact.tiesWeakened == 3)
        #expect(impact.componentsBefore == 2 && impact.componentsAfter == 2)
        #expect(impact.efficiencyLoss > 0)
    }

    @Test("dropping NC AI's consortium also loses the Korea University link")
    func dropNCAI() throws {
        let impact = try ConsortiumDropAnalysis(data, threads: 2).impact(ofDropping: [consortium("NC AI")])
        #expect(ids(impact.noLongerShared) == ["korea-university"])
        #expect(impact.overlapsLost.count == 3)
    }

    @Test("dropping LG's consortium changes no overlap and joins the network into one component")
    func dropLG() throws {
        let impact = try ConsortiumDropAnalysis(data, threads: 2).impact(ofDropping: [consortium("lg-ai-research-team")])
        #expect(impact.overlapsLost.isEmpty)
        #expect(impact.noLongerShared.isEmpty)
        #expect(impact.tiesLost == 45 && impact.tiesWeakened == 0)
        #expect(impact.componentsAfter == 1)
        #expect(impact.orphaned.count == 10)
    }

    @Test("drop-each ranks every consortium once, by efficiency lost")
    func dropEach() throws {
        let impacts = try ConsortiumDropAnalysis(data, threads: 2).impactOfDroppingEach()
        #expect(impacts.count == 5)
        #expect(Set(impacts.flatMap(\.dropped)) == Set(data.consortia.indices))
        #expect(zip(impacts, impacts.dropFirst()).allSatisfy { $0.efficiencyLoss >= $1.efficiencyLoss - 1e-12 })
        #expect(data.consortia[impacts.last!.dropped[0]].id == "lg-ai-research-team")
        #expect(abs(impacts[0].efficiencyBefore - 0.4518963922294172) < 1e-12)
    }

    @Test("dropping nothing changes nothing; dropping everything orphans every institution")
    func extremes() throws {
        let analysis = try ConsortiumDropAnalysis(data, threads: 2)
        let none = try analysis.impact(ofDropping: [])
        #expect(none.orphaned.isEmpty && none.tiesLost == 0 && none.efficiencyLoss == 0 && none.componentChange == 0)
        let all = try analysis.impact(ofDropping: data.consortia.indices)
        #expect(all.orphaned.count == data.institutions.count)
        #expect(all.componentsAfter == 0 && all.efficiencyAfter == 0)
    }

    @Test("the dataset keeps its institutions, in place, when consortia are removed")
    func removingKeepsInstitutions() throws {
        let smaller = data.removingConsortia([0, 99])
        #expect(smaller.institutions == data.institutions)
        #expect(smaller.consortia.map(\.id) == data.consortia.dropFirst().map(\.id))
    }

    @Test("top movers: betweenness falls for KAIST, SNU and Korea University when NAVER Cloud's consortium goes")
    func movers() throws {
        let changes = try ConsortiumDropAnalysis(data, threads: 2).rankChanges(ofDropping: [consortium("NAVER Cloud")])
        #expect(changes.betweennessSampling == nil && changes.noiseFloor == 0)
        let moves = changes.moves
        #expect(ids(moves.map(\.node)) == ["kaist", "snu", "korea-university"])
        #expect(moves.allSatisfy { $0.scoreAfter < $0.scoreBefore })
        #expect(moves[2].scoreAfter == 0)
    }

    @Test("competition ranks share a rank on ties; largest moves come first and unchanged scores are left out")
    func ranks() {
        #expect(RankChange.competitionRanks([3, 5, 5, 1], among: [0, 1, 2, 3]) == [1: 1, 2: 1, 0: 3, 3: 4])
        let moves = RankChange.largestMoves(before: [4, 3, 2, 1], after: [0.5, 3, 2, 1])
        #expect(moves.map(\.node) == [0])
        #expect(moves[0].rankBefore == 1 && moves[0].rankAfter == 4 && moves[0].shift == -3)
    }

    @Test("a change of score within the noise floor is no change")
    func noiseFloor() {
        let moves = RankChange.largestMoves(before: [4, 3, 2, 1], after: [3.95, 3, 2.2, 0.5], noiseFloor: 0.1)
        #expect(moves.map(\.node) == [3, 2])
        #expect(RankChange.largestMoves(before: [4, 3, 2, 1], after: [3.95, 3, 2.2, 0.5], noiseFloor: 0.5).isEmpty)
    }

    @Test("over the work budget, movers come from estimates and only changes beyond twice their bound are listed")
    func estimatedMovers() throws {
        let dataset = RandomDatasets.make(seed: 5, consortia: 300, institutions: 400)
        let dropped = [0, 1, 2, 3, 4]
        let exact = try ConsortiumDropAnalysis(DatasetAnalysis(dataset, budget: ShortestPathBudget(exact: true), threads: 2))
        // Every shortest-path measure over the budget: estimated.
        let budget = ShortestPathBudget(
            exactBetweennessWork: 0, betweennessApproximation: BetweennessApproximation(epsilon: 0.02), exactClosenessWork: 0,
            closenessApproximation: ClosenessApproximation(epsilon: 0.1))
        let estimated = try ConsortiumDropAnalysis(DatasetAnalysis(dataset, budget: budget, threads: 2))
        for measure in [CentralityMeasure.betweenness, .harmonic, .closeness] {
            let truth = try exact.rankChanges(ofDropping: dropped, measure: measure, limit: .max)
            #expect(truth.betweennessSampling == nil && truth.closenessSampling == nil && truth.noiseFloor == 0)
            #expect(!truth.moves.isEmpty)
            let changes = try estimated.rankChanges(ofDropping: dropped, measure: measure, limit: .max)
            #expect((changes.betweennessSampling != nil) == (measure == .betweenness))
            #expect((changes.closenessSampling != nil) == (measure != .betweenness))
            #expect(changes.noiseFloor >= (measure == .betweenness ? 0.04 : 0.2))
            #expect(changes.moves.allSatisfy { abs($0.scoreAfter - $0.scoreBefore) > changes.noiseFloor })
            // A listed move is a real one: the exact score changed in the same direction.
            let exactChange = Dictionary(uniqueKeysWithValues: truth.moves.map { ($0.node, $0.scoreAfter - $0.scoreBefore) })
            #expect(changes.moves.allSatisfy { ((exactChange[$0.node] ?? 0) > 0) == ($0.scoreAfter > $0.scoreBefore) })
        }
    }

    @Test("consortia are found by id, name or their lead's name, with suggestions for typos")
    func lookup() throws {
        #expect(data.consortia[try consortium("네이버클라우드")].id == "naver-cloud-team")
        #expect(data.consortia[try consortium("SK Telecom consortium")].id == "sk-telecom-team")
        #expect(data.consortia[try consortium("SKT")].id == "sk-telecom-team")
        #expect(throws: NameLookupError.self) { try data.consortiumIndex(namedOrLedBy: "KAIST") }
        do {
            _ = try data.consortiumIndex(namedOrLedBy: "Upstagee")
            Issue.record("expected an error")
        } catch let error as NameLookupError {
            #expect(error.message == "no consortium named or led by 'Upstagee' in the dataset; did you mean 'Upstage'?")
        }
    }
}
