using System.Linq.Expressions;
using BpjsTk.GraphQL.Types;

namespace BpjsTk.GraphQL.Data;

/// <summary>Customises the filter and sort input types inferred from <typeparamref name="T"/>.</summary>
public sealed class DataTypeDescriptor<T>
{
    internal DataTypeDescriptor(DataTypeSettings settings)
    {
        Settings = settings;
    }

    internal DataTypeSettings Settings { get; }

    /// <summary>Names the types <c>{name}FilterInput</c> and <c>{name}SortInput</c> instead of after the object type.</summary>
    public DataTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Settings.BaseName = name;
        return this;
    }

    /// <summary>Leaves a property out of filtering and sorting.</summary>
    public DataTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> property)
    {
        Settings.Ignored.Add(MemberNames.Member(property).Name);
        return this;
    }

    /// <summary>Names a property's filter and sort field.</summary>
    public DataTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> property, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Settings.Names[MemberNames.Member(property).Name] = name;
        return this;
    }

    /// <summary>Filters a property with an explicit operation input type, e.g. <c>"StringOperationFilterInput"</c>.</summary>
    public DataTypeDescriptor<T> FilterType<TValue>(Expression<Func<T, TValue>> property, string inputTypeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputTypeName);
        Settings.FilterTypes[MemberNames.Member(property).Name] = inputTypeName;
        return this;
    }
}
