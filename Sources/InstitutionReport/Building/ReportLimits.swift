/// How much of a large dataset the report shows: above these sizes a section shows its first
/// rows, says how many there are, and offers the whole table as CSV. A dataset within every limit
/// gets every table whole.
public enum ReportLimits {
    /// The most consortia shown as cards; above it, the ``largestConsortiumCards`` largest.
    public static let consortiumCards = 60
    /// How many of the largest consortia are shown as cards when there are too many for all.
    public static let largestConsortiumCards = 24
    /// The most rows of the shared-institutions table; above it, those in most consortia.
    public static let sharedRows = 200
    /// The most communities listed; above it, the largest.
    public static let communityRows = 50
    /// The most warnings listed under data quality; above it, the first.
    public static let warningRows = 100
    /// The most names a table cell lists (a consortium's members, an institution's consortia);
    /// above it, the first, then how many more.
    public static let namesPerCell = 30
    /// The most institutions for which the top-ten tables stand alone; above it, the report
    /// offers every institution's scores (and brokerage) as CSV.
    public static let institutionsWithoutScoreDownload = 200
    /// The most pairs of consortia in the overlap download.
    public static let pairDownloadRows = 10_000
    /// The most edges of the institutions projection that the report exports as GraphML and
    /// GEXF; above it only the two-mode graph (which holds the whole dataset) is exported.
    public static let projectionExportEdges = 200_000
    /// The most memberships for which the report also exports GEXF; above it, GraphML only.
    public static let gexfExportMemberships = 50_000
    /// The most ties of a projection read from the Spark job's folder for which the report also
    /// exports GEXF; above it, GraphML only.
    public static let gexfExportTies = 50_000
    /// The most memberships for which the report exports the two-mode graph at all: above it the
    /// GraphML runs to hundreds of megabytes, which no graph tool opens quickly, and the consortia
    /// CSV holds the same memberships.
    public static let graphExportMemberships = 500_000
    /// The most bytes of downloads embedded in the page when their placement is automatic.
    public static let embeddedDownloadBytes = 3_000_000
}
