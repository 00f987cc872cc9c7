import CasemarkModel

/// What `reduce` is handed besides the state and the action, so that it stays a function of its
/// inputs: the time (ISO 8601, UTC) and where the ids of the changes it makes come from (the
/// session draws them at random; a test counts them).
struct Moment {
    let now: String
    let newID: () -> String
}
