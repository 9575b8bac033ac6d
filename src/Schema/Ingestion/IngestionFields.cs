using BpjsTk.Data;
using BpjsTk.Data.Ingestion;
using BpjsTk.GraphQL.Types;
using BpjsTk.Schema.Membership;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace BpjsTk.Schema.Ingestion;

/// <summary>
/// Declares a write mutation in HotChocolate's mutation convention: <c>input: XInput!</c>, a payload with the result and
/// <c>errors: [XError!]</c> of <see cref="ValidationError"/>s. Writing needs the data:write scope; invalid input writes nothing.
/// </summary>
internal static class IngestionFields
{
    public const string InputArgument = "input";

    public static FieldDescriptor Writes<TInput>(
        this FieldDescriptor field,
        Func<IngestionWrite<TInput>, CancellationToken, Task<ValidationResult>> validate,
        Func<IngestionWrite<TInput>, CancellationToken, Task<object>> writer,
        MutationFieldOptions? options = null)
        where TInput : class =>
        field.Argument(InputArgument, a => a.Type($"{typeof(TInput).Name}!"))
            .UseMutationConvention(options)
            .Error<ValidationError>()
            .Resolve<object>(async (ctx, ct) =>
            {
                var caller = CallerAuthorization.Require(ctx, ApiScopes.DataWrite);
                var input = ctx.ArgumentValue<TInput>(InputArgument);
                var time = (ctx.Services.GetService(typeof(TimeProvider)) as TimeProvider) ?? TimeProvider.System;
                await using var db = await ctx.Service<IDbContextFactory<BpjsTkDbContext>>().CreateDbContextAsync(ct).ConfigureAwait(false);
                var write = new IngestionWrite<TInput>(db, input, ChangeActor.Client(caller.Name), time, ctx.Service<IDataChangeNotifier>());
                var validation = await validate(write, ct).ConfigureAwait(false);
                return validation.IsValid ? await writer(write, ct).ConfigureAwait(false) : Errors(validation);
            });

    /// <summary>Each broken rule as a payload error naming its input field, e.g. <c>input.rows[3].period</c>.</summary>
    public static MutationErrors Errors(ValidationResult validation) =>
        new(validation.Errors.Select(e => new ValidationError(e.ErrorMessage, e.ErrorCode, FieldPath(e.PropertyName))));

    public static string FieldPath(string propertyName) =>
        InputArgument + "." + string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
