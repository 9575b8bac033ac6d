using System.Collections.Concurrent;
using BpjsTk.GraphQL.Data.Projections;

namespace BpjsTk.GraphQL.Data;

/// <summary>The filterable and sortable members of CLR types as one schema configured them (ignored, renamed, bound types).</summary>
internal sealed class DataModel
{
    private readonly Dictionary<Type, DataTypeSettings> _settings = [];
    private readonly ConcurrentDictionary<Type, IReadOnlyList<DataMember>> _members = new();

    public static DataModel Default { get; } = new();

    /// <summary>The parent properties resolver fields of this schema read, for projections.</summary>
    public ProjectionRequirements Requirements { get; } = new();

    public DataTypeSettings Settings(Type type)
    {
        if (!_settings.TryGetValue(type, out var settings))
        {
            settings = new DataTypeSettings();
            _settings[type] = settings;
        }

        return settings;
    }

    public string? BaseName(Type type) => _settings.TryGetValue(type, out var settings) ? settings.BaseName : null;

    public IReadOnlyList<DataMember> Of(Type type) => _members.GetOrAdd(type, Configure);

    public DataMember? Find(Type type, string fieldName)
    {
        foreach (var member in Of(type))
        {
            if (member.Name == fieldName)
            {
                return member;
            }
        }

        return null;
    }

    private IReadOnlyList<DataMember> Configure(Type type)
    {
        var members = DataMembers.Of(type);
        if (!_settings.TryGetValue(type, out var settings))
        {
            return members;
        }

        return members
            .Where(m => !settings.Ignored.Contains(m.Property.Name))
            .Select(m => m with
            {
                Name = settings.Names.GetValueOrDefault(m.Property.Name, m.Name),
                FilterTypeName = settings.FilterTypes.GetValueOrDefault(m.Property.Name),
            })
            .ToList();
    }
}
