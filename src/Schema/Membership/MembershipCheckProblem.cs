namespace BpjsTk.Schema.Membership;

/// <summary>Why one item of a batch was not checked: the same code and field a single check's error carries.</summary>
internal sealed record MembershipCheckProblem(string Code, string Field, string Message);
