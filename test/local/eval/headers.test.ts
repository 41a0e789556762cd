/**
 * The headers eval reads each fixture's header row as CSV does (hdr46): a quoted header keeps its commas, so its
 * neighbours laid out beside the column are the file's real headers, not pieces of one.
 */
import { headerCells } from '../../../src/local/eval/headers';

describe('headerCells', () => {
  it('keeps a quoted header with a comma whole, without its quotes (EN)', () => {
    expect(headerCells('Date,"Revenue, net",Cost')).toEqual(['Date', 'Revenue, net', 'Cost']);
  });

  it('keeps a quoted header with a comma whole in a semicolon file, and undoubles quotes (FR)', () => {
    expect(headerCells('Date;"CA, net";"Remise ""fidélité""";Montant')).toEqual(['Date', 'CA, net', 'Remise "fidélité"', 'Montant']);
  });

  it('reads a semicolon row with a comma inside a quoted cell as semicolon-separated', () => {
    expect(headerCells('"Montant, HT";Date')).toEqual(['Montant, HT', 'Date']);
  });

  it('finds the semicolon of a row whose cell holds a quote after its start (a quote opens only at a cell start)', () => {
    expect(headerCells('5" screens;Units')).toEqual(['5" screens', 'Units']);
    expect(headerCells('Date;Écran 5" HD;"Ventes, nettes"')).toEqual(['Date', 'Écran 5" HD', 'Ventes, nettes']);
    expect(headerCells('"Remise ""a; b"", nette",Date')).toEqual(['Remise "a; b", nette', 'Date']);
  });

  // Near misses: rows with no quotes read as before (every fixture row is one).
  it('splits an unquoted comma row on commas and an unquoted semicolon row on semicolons', () => {
    expect(headerCells('id,numero,client_id,montant')).toEqual(['id', 'numero', 'client_id', 'montant']);
    expect(headerCells('ID_Vente;Date_Vente;Quantité_Vendue')).toEqual(['ID_Vente', 'Date_Vente', 'Quantité_Vendue']);
    expect(headerCells('a,,b')).toEqual(['a', '', 'b']);
  });

  // hdr52: a tab-separated export (a French FEC's « JournalCode, EcritureDate, Debit, Credit ») was one cell; pipes too.
  it('splits a tab-separated row on its tabs, commas inside a header kept', () => {
    expect(headerCells('JournalCode\tEcritureDate\tDebit\tCredit')).toEqual(['JournalCode', 'EcritureDate', 'Debit', 'Credit']);
    expect(headerCells('Date\tRevenue, net\tMontant; HT')).toEqual(['Date', 'Revenue, net', 'Montant; HT']);
  });

  it('splits a pipe-separated row on its pipes', () => {
    expect(headerCells('date|amount|fee|net')).toEqual(['date', 'amount', 'fee', 'net']);
    expect(headerCells('Date|"Ventes | nettes"|Montant, HT')).toEqual(['Date', 'Ventes | nettes', 'Montant, HT']);
  });

  // Near misses: a quoted tab or pipe is a header's own; a semicolon row keeps its pipes.
  it('keeps a quoted tab or pipe inside its cell and a semicolon row as it was', () => {
    expect(headerCells('Date,"A\tB",Cost')).toEqual(['Date', 'A\tB', 'Cost']);
    expect(headerCells('Date;Ventes | web;Montant')).toEqual(['Date', 'Ventes | web', 'Montant']);
  });
});
