// The one exception checks and fixtures share: content a check needs could not be put in place,
// so the check is skipped with the reason (a failed precondition is never a `fail`).
export class PreconditionFailed extends Error {
  override name = 'PreconditionFailed';
}
