using BpjsTk.GraphQL.Data.Filtering;
using BpjsTk.GraphQL.Data.Paging;
using BpjsTk.GraphQL.Data.Sorting;
using BpjsTk.GraphQL.Types;
using BpjsTk.GraphQL.Utilities.CostAnalysis;

namespace BpjsTk.GraphQL.Data;

/// <summary>
/// Runs while the schema is completed: for each field with data features, generates the types it
/// needs, adds its arguments, sets its type and wraps its resolver in a <see cref="DataFieldResolver"/>.
/// </summary>
internal sealed class DataTypesBinding(SchemaBuilder builder, SchemaCompleter completer, DataModel model)
{
    public void Apply()
    {
        model.Requirements.Collect(builder.Types.OfType<OutputTypeConfig>());
        var fields = new List<(FieldConfig Field, DataFieldFeatures Features)>();
        foreach (var type in builder.Types.OfType<OutputTypeConfig>())
        {
            foreach (var field in type.Fields)
            {
                if (DataFieldFeatures.TryGet(field, out var features) && features!.ElementType is not null)
                {
                    fields.Add((field, features));
                }
            }
        }

        if (fields.Exists(f => f.Features.Paging != PagingKind.None || f.Features.AppliedByResolver))
        {
            ListSizeDirective.EnsureDeclared(builder, completer);
        }

        var names = new DataTypeNames(builder, completer, model);
        foreach (var (field, features) in fields)
        {
            Configure(field, features, names);
        }
    }

    private void Configure(FieldConfig field, DataFieldFeatures features, DataTypeNames names)
    {
        var element = features.ElementType!;
        features.Model = model;
        var nodeName = names.OutputTypeName(element);
        if (features.Filtering)
        {
            var filterName = new FilterTypeFactory(completer, names, model).Ensure(element);
            AddArgument(field, "where", filterName);
        }

        if (features.Sorting)
        {
            var sortName = new SortTypeFactory(completer, names, model).Ensure(element);
            AddArgument(field, "order", $"[{sortName}!]");
        }

        var paging = new PagingTypeFactory(completer);
        var options = features.PagingOptions;
        switch (features.Paging)
        {
            case PagingKind.Cursor:
                field.Type = TypeReference.Parse(paging.EnsureConnection(nodeName, options));
                AddArgument(field, "first", "Int", "Returns the first n elements from the list.");
                AddArgument(field, "after", "String", "Returns the elements in the list that come after the specified cursor.");
                AddArgument(field, "last", "Int", "Returns the last n elements from the list.");
                AddArgument(field, "before", "String", "Returns the elements in the list that come before the specified cursor.");
                AddListSize(field, options.DefaultPageSize, ["first", "last"], ["edges", "nodes"]);
                break;
            case PagingKind.Offset:
                field.Type = TypeReference.Parse(paging.EnsureSegment(nodeName, options));
                AddArgument(field, "skip", "Int", "Skips the first n elements.");
                AddArgument(field, "take", "Int", "Returns at most n elements.");
                AddListSize(field, options.DefaultPageSize, ["take"], ["items"]);
                break;
            default:
                field.Type ??= TypeReference.Parse($"[{nodeName}!]!");
                break;
        }

        if (features.AppliedByResolver)
        {
            if (!features.PagedByResolver)
            {
                AddArgument(field, "first", "Int", "Returns at most the first n elements of the list, for each parent.");
                AddListSize(field, features.AssumedSize, ["first"], []);
            }

            return;
        }

        var inner = field.Resolver ?? throw new InvalidOperationException($"The field {field.Name} uses data features but has no resolver returning IQueryable<{element.Name}>.");
        field.Resolver = DataFieldResolver.Create(element, features, inner);
    }

    private static void AddArgument(FieldConfig field, string name, string type, string? description = null)
    {
        field.Arguments.RemoveAll(a => a.Name == name);
        field.Arguments.Add(new InputValueConfig { Name = name, Type = TypeReference.Parse(type), Description = description });
    }

    // without a slicing argument a paged field returns its default page, so that is the size the cost analysis assumes
    private static void AddListSize(FieldConfig field, int assumedSize, string[] slicingArguments, string[] sizedFields)
    {
        field.Directives.RemoveAll(d => d.Name == CostDirectives.ListSizeName);
        (string, object?)[] arguments = sizedFields.Length > 0
            ? [("assumedSize", assumedSize), ("slicingArguments", slicingArguments), ("sizedFields", sizedFields), ("requireOneSlicingArgument", false)]
            : [("assumedSize", assumedSize), ("slicingArguments", slicingArguments), ("requireOneSlicingArgument", false)];
        field.Directives.Add(DirectiveArguments.Create(CostDirectives.ListSizeName, arguments));
    }
}
