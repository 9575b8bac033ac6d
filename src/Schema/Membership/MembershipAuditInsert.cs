using System.Data.Common;
using System.Text;
using BpjsTk.Data;
using BpjsTk.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BpjsTk.Schema.Membership;

/// <summary>
/// One multi-row INSERT of audit records, its table, columns and value conversions read from the EF Core model, so the
/// same SQL serves every provider without change tracking. Used by the single audit writer only, so it needs no locks.
/// </summary>
internal sealed class MembershipAuditInsert
{
    private readonly string _head;
    private readonly Column[] _columns;
    private readonly ISqlGenerationHelper _sql;
    private readonly Dictionary<int, string> _texts = [];
    private readonly List<string> _names = [];

    private MembershipAuditInsert(string head, Column[] columns, ISqlGenerationHelper sql)
    {
        _head = head;
        _columns = columns;
        _sql = sql;
    }

    public static MembershipAuditInsert For(BpjsTkDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(MembershipCheckAudit))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Column Of(string property, Func<MembershipCheckAudit, object> value)
        {
            var mapped = entity.FindProperty(property)!;
            return new Column(mapped.GetColumnName(table)!, (RelationalTypeMapping)mapped.GetTypeMapping(), value);
        }

        Column[] columns =
        [
            Of(nameof(MembershipCheckAudit.CheckedAt), a => a.CheckedAt),
            Of(nameof(MembershipCheckAudit.ClientId), a => a.ClientId),
            Of(nameof(MembershipCheckAudit.Purpose), a => a.Purpose),
            Of(nameof(MembershipCheckAudit.SubjectKind), a => a.SubjectKind),
            Of(nameof(MembershipCheckAudit.SubjectHash), a => a.SubjectHash),
            Of(nameof(MembershipCheckAudit.Result), a => a.Result),
        ];
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        return new MembershipAuditInsert(head, columns, sql);
    }

    /// <summary>Fills <paramref name="command"/> with the statement that stores <paramref name="records"/>, parameterised.</summary>
    public void Prepare(DbCommand command, IReadOnlyList<MembershipCheckAudit> records)
    {
        command.CommandText = TextFor(records.Count);
        for (var row = 0; row < records.Count; row++)
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                var column = _columns[i];
                command.Parameters.Add(column.Mapping.CreateParameter(command, _sql.GenerateParameterName(Name(row, i)), column.Value(records[row]), nullable: false));
            }
        }
    }

    // The statement text depends only on the row count, and a busy server sees few distinct counts.
    private string TextFor(int rows)
    {
        if (_texts.TryGetValue(rows, out var text))
        {
            return text;
        }

        var builder = new StringBuilder(_head);
        for (var row = 0; row < rows; row++)
        {
            builder.Append(row == 0 ? "(" : ", (");
            for (var i = 0; i < _columns.Length; i++)
            {
                builder.Append(i == 0 ? "" : ", ").Append(_sql.GenerateParameterNamePlaceholder(Name(row, i)));
            }

            builder.Append(')');
        }

        text = builder.ToString();
        _texts[rows] = text;
        return text;
    }

    private string Name(int row, int column)
    {
        var index = (row * _columns.Length) + column;
        while (_names.Count <= index)
        {
            _names.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p{_names.Count}"));
        }

        return _names[index];
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<MembershipCheckAudit, object> Value);
}
