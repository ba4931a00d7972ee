/// What changed between two versions of a dataset (two rounds of a programme, two snapshots).
///
/// Institutions and consortia are matched across the two through their ids, then their names and
/// aliases (see ``MatchBasis``), so a renamed institution is one institution that changed its name,
/// not one removed and one added. Indices named `old` point into ``old``, `new` into ``new``.
public struct DatasetDiff: Sendable {
    /// How a matched consortium's members changed.
    public struct MembershipChange: Sendable, Equatable {
        /// The consortium, in both datasets.
        public var consortium: EntityMatch
        /// Institutions (indices into the new dataset) that joined it.
        public var joined: [Int]
        /// Institutions (indices into the old dataset) that left it.
        public var left: [Int]
        /// The lead before (old index) and after (new index), when the lead changed.
        public var leadBefore: Int?
        public var leadAfter: Int?
        /// Whether the lead is a different institution now.
        public var leadChanged: Bool
    }

    /// An institution whose number of consortia changed while it was, or became, shared.
    public struct SharedChange: Sendable, Equatable {
        /// Its index in the old dataset, if it was there.
        public var old: Int?
        /// Its index in the new dataset, if it is there.
        public var new: Int?
        /// Consortia it was in before (0 when it was not in the old dataset).
        public var before: Int
        /// Consortia it is in now.
        public var after: Int
    }

    /// The headline counts of one version.
    public struct Counts: Sendable, Equatable {
        public var consortia: Int
        public var institutions: Int
        public var memberships: Int
        /// Connected components of the two-mode graph, as ``DatasetSummary/components``.
        public var components: Int
        /// Institutions in two or more consortia.
        public var sharedInstitutions: Int

        init(_ summary: DatasetSummary) {
            consortia = summary.consortia
            institutions = summary.institutions
            memberships = summary.memberships
            components = summary.components
            sharedInstitutions = summary.sharedInstitutions
        }
    }

    public let old: Dataset
    public let new: Dataset
    /// Institutions found in both, in the order of the new dataset.
    public let institutions: [EntityMatch]
    /// Institutions only in the new dataset (new indices).
    public let institutionsAdded: [Int]
    /// Institutions only in the old dataset (old indices).
    public let institutionsRemoved: [Int]
    /// Consortia found in both, in the order of the new dataset.
    public let consortia: [EntityMatch]
    /// Consortia only in the new dataset (new indices).
    public let consortiaAdded: [Int]
    /// Consortia only in the old dataset (old indices).
    public let consortiaRemoved: [Int]
    /// Matched consortia whose members or lead changed, in the order of the new dataset.
    public let membershipChanges: [MembershipChange]
    /// Institutions that became shared, stopped being shared, or changed their number of consortia
    /// while shared; most consortia now first.
    public let sharedChanges: [SharedChange]
    public let countsBefore: Counts
    public let countsAfter: Counts

    /// Compares `old` with `new`.
    ///
    /// - Complexity: O(institutions × names + memberships) expected.
    public init(old: Dataset, new: Dataset) {
        self.old = old
        self.new = new
        institutions = EntityMatching.match(old: old.institutions.map(\.matchingEntry), new: new.institutions.map(\.matchingEntry))
        consortia = EntityMatching.match(old: old.consortia.map(\.matchingEntry), new: new.consortia.map(\.matchingEntry))
        let matchedNewInstitutions = Set(institutions.map(\.new))
        let matchedOldInstitutions = Set(institutions.map(\.old))
        institutionsAdded = new.institutions.indices.filter { !matchedNewInstitutions.contains($0) }
        institutionsRemoved = old.institutions.indices.filter { !matchedOldInstitutions.contains($0) }
        let matchedNewConsortia = Set(consortia.map(\.new))
        let matchedOldConsortia = Set(consortia.map(\.old))
        consortiaAdded = new.consortia.indices.filter { !matchedNewConsortia.contains($0) }
        consortiaRemoved = old.consortia.indices.filter { !matchedOldConsortia.contains($0) }

        var newForOld: [Int: Int] = [:]
        for match in institutions { newForOld[match.old] = match.new }
        membershipChanges = consortia.compactMap { match in
            let before = old.consortia[match.old]
            let after = new.consortia[match.new]
            let stayingNew = Set(before.institutionIndices.compactMap { newForOld[$0] })
            let afterMembers = Set(after.institutionIndices)
            let joined = after.institutionIndices.filter { !stayingNew.contains($0) }
            let left = before.institutionIndices.filter { newForOld[$0].map { !afterMembers.contains($0) } ?? true }
            let leadChanged = before.lead.flatMap { newForOld[$0] } != after.lead || (before.lead == nil) != (after.lead == nil)
            guard !joined.isEmpty || !left.isEmpty || leadChanged else { return nil }
            return MembershipChange(
                consortium: match, joined: joined, left: left,
                leadBefore: leadChanged ? before.lead : nil, leadAfter: leadChanged ? after.lead : nil, leadChanged: leadChanged)
        }

        let countBefore = old.consortiaByInstitution().map(\.count)
        let countAfter = new.consortiaByInstitution().map(\.count)
        var shared: [SharedChange] = []
        for match in institutions where countBefore[match.old] != countAfter[match.new] && max(countBefore[match.old], countAfter[match.new]) > 1 {
            shared.append(SharedChange(old: match.old, new: match.new, before: countBefore[match.old], after: countAfter[match.new]))
        }
        for index in institutionsAdded where countAfter[index] > 1 {
            shared.append(SharedChange(old: nil, new: index, before: 0, after: countAfter[index]))
        }
        for index in institutionsRemoved where countBefore[index] > 1 {
            shared.append(SharedChange(old: index, new: nil, before: countBefore[index], after: 0))
        }
        sharedChanges = shared.sorted { ($1.after, $1.before) < ($0.after, $0.before) }
        countsBefore = Counts(DatasetSummary(old))
        countsAfter = Counts(DatasetSummary(new))
    }

    /// Matched institutions whose id or a name changed, in the order of the new dataset.
    public var renamed: [EntityMatch] {
        institutions.filter { old.institutions[$0.old].name != new.institutions[$0.new].name || $0.basis == .name }
    }

    /// Matched consortia whose id or a name changed.
    public var renamedConsortia: [EntityMatch] {
        consortia.filter { old.consortia[$0.old].name != new.consortia[$0.new].name || $0.basis == .name }
    }

    /// Whether anything at all differs (titles, sources and attributes aside).
    public var hasChanges: Bool {
        !institutionsAdded.isEmpty || !institutionsRemoved.isEmpty || !consortiaAdded.isEmpty
            || !consortiaRemoved.isEmpty || !membershipChanges.isEmpty || !renamed.isEmpty || !renamedConsortia.isEmpty
    }
}

extension DatasetDiff {
    /// Labels that show what changed about a renamed institution: its names in `language`, or
    /// when those are the same, in the other language, or else its ids.
    public func renameLabels(_ match: EntityMatch, language: Language) -> (before: String, after: String) {
        let (before, after) = (old.institutions[match.old], new.institutions[match.new])
        for language in [language, language.other] where before.name[language] != nil && after.name[language] != nil {
            if before.name[language] != after.name[language] { return (before.name[language]!, after.name[language]!) }
        }
        let name = after.name.preferred(language)
        return ("\(name) (\(before.id))", "\(name) (\(after.id))")
    }
}
