using System.Collections;
using BpjsTk.GraphQL.Execution;
using BpjsTk.GraphQL.Language;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Membership;

namespace BpjsTk.Api.Security;

/// <summary>
/// Counts the membership checks an operation will run, from its root fields as the executor collects them (aliases,
/// fragments, <c>@skip</c>/<c>@include</c> applied): each check field is one, a batch is as many as its applicants.
/// </summary>
internal static class MembershipCheckCounter
{
    public static int Count(ExecutionGateContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            return 0;
        }

        var checks = 0;
        foreach (var field in context.RootFields)
        {
            checks += field.Name switch
            {
                MembershipCheckFields.Person or MembershipCheckFields.Employer => 1,
                MembershipCheckFields.Batch => BatchSize(context, field),
                _ => 0,
            };
        }

        return checks;
    }

    // A batch whose applicants do not coerce, or that is empty or too long, is refused whole by the engine or the resolver: it checks no one.
    private static int BatchSize(ExecutionGateContext context, IFieldSelection field) =>
        context.ArgumentValues(field) is { } arguments
        && arguments.TryGetValue(MembershipCheckFields.BatchApplicants, out var applicants)
        && applicants is ICollection { Count: > 0 and <= MembershipCheckFields.MaxBatchSize } list
            ? list.Count
            : 0;
}
