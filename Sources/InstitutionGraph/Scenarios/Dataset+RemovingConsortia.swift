extension Dataset {
    /// The dataset as it would be without the consortia at `indices`.
    ///
    /// Institutions keep their places (and their indices), so scores before and after compare
    /// node by node; an institution whose every consortium is removed stays in the list, in no
    /// consortium. Indices outside ``consortia`` are ignored.
    ///
    /// - Complexity: O(consortia + institutions)
    public func removingConsortia(_ indices: some Sequence<Int>) -> Dataset {
        let removed = Set(indices)
        var result = self
        result.consortia = consortia.indices.filter { !removed.contains($0) }.map { consortia[$0] }
        return result
    }
}
