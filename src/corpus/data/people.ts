/**
 * Material for Indonesian personal names, compiled by hand: given names and family or
 * second names by tradition, the titles printed before a name, degrees printed after it,
 * and police and military ranks. Many Indonesians carry one name only (SUHANTO, Abubakar);
 * Batak, Minahasa and Ambonese names end in a clan name; Balinese names open with a birth
 * order name; Bugis nobility carry Andi, Acehnese Teuku or Cut.
 */

export type NameTradition =
  | 'JAVANESE'
  | 'SUNDANESE'
  | 'BATAK'
  | 'MINANG'
  | 'BUGIS'
  | 'ACEHNESE'
  | 'BALINESE'
  | 'MINAHASA'
  | 'MALUKU'
  | 'ISLAMIC';

export interface NameTraditionData {
  readonly male: readonly string[];
  readonly female: readonly string[];
  /** Second or family names; clan names for Batak, Minahasa and Maluku. */
  readonly family: readonly string[];
  /** Name prefixes of the tradition (Andi, Teuku, I Gede), male and female. */
  readonly prefixMale?: readonly string[];
  readonly prefixFemale?: readonly string[];
}

export const NAME_TRADITIONS: Readonly<Record<NameTradition, NameTraditionData>> = {
  JAVANESE: {
    male: ['Bambang', 'Budi', 'Agus', 'Slamet', 'Joko', 'Heru', 'Teguh', 'Wahyu', 'Eko', 'Dwi', 'Tri', 'Hadi', 'Suhanto', 'Sugeng', 'Bagus', 'Dono', 'Yudhi', 'Aris', 'Setyo', 'Prasetyo', 'Gatot', 'Sutrisno', 'Hari', 'Sigit', 'Bayu', 'Ari', 'Nugroho', 'Wisnu', 'Purnomo', 'Susilo', 'Adi', 'Priyo', 'Kuncoro', 'Widodo', 'Sapto', 'Tjahjo'],
    female: ['Sri', 'Endang', 'Rini', 'Dewi', 'Wulan', 'Lestari', 'Sulistyowati', 'Retno', 'Yuliana', 'Ratna', 'Tri', 'Dwi', 'Wahyuningsih', 'Puji', 'Kartika', 'Indah', 'Ani'],
    family: ['Santoso', 'Wibowo', 'Prasetyo', 'Nugroho', 'Purnomo', 'Hartono', 'Kusuma', 'Saputra', 'Setiawan', 'Wijaya', 'Sulistyo', 'Indarto', 'Haryanto', 'Susanto', 'Rahardjo', 'Sutanto', 'Pramono', 'Wicaksono', 'Hadiwibowo', 'Kurniawan', 'Wardhana', 'Utomo', 'Suharto', 'Permadi', 'Arifianto', 'Mulyono', 'Supriyadi', 'Cahyono', 'Widjajanto', 'Hermawan', 'Sukmana', 'Anggoro'],
  },
  SUNDANESE: {
    male: ['Asep', 'Dede', 'Ujang', 'Cecep', 'Dadang', 'Yayat', 'Engkos', 'Ade', 'Iwan', 'Deden', 'Rudi', 'Ridwan', 'Yana', 'Acep', 'Endang', 'Dodi'],
    female: ['Imas', 'Euis', 'Neneng', 'Siti', 'Iis', 'Yeni', 'Nining', 'Lilis', 'Tati', 'Cucu', 'Enok'],
    family: ['Sutisna', 'Permana', 'Suryadi', 'Hidayat', 'Kurniawan', 'Sukmariah', 'Sudrajat', 'Rahmat', 'Supriatna', 'Gunawan', 'Sumantri', 'Saepudin', 'Kusnadi', 'Mulyana', 'Hendrayana', 'Setiadi', 'Somantri'],
  },
  BATAK: {
    male: ['Jonathan', 'Robert', 'Hinsa', 'Parlindungan', 'Togar', 'Maruli', 'Bonar', 'Sahat', 'Tumpal', 'Martua', 'Hotman', 'Rudolf', 'Edison', 'Benny', 'Jansen', 'Poltak', 'Binsar', 'Gerhard'],
    female: ['Rosmawati', 'Tiurma', 'Lasma', 'Roslina', 'Debora', 'Melva', 'Hotmaida', 'Juliana', 'Ruth'],
    family: ['Siregar', 'Nasution', 'Harahap', 'Simanjuntak', 'Tarigan', 'Sitompul', 'Hutapea', 'Pardede', 'Lubis', 'Sinaga', 'Panjaitan', 'Situmorang', 'Siburian', 'Simatupang', 'Pasaribu', 'Sihombing', 'Manurung', 'Hutagalung', 'Ginting', 'Sembiring', 'Purba', 'Damanik', 'Marpaung', 'Silalahi', 'Napitupulu', 'Tambunan'],
  },
  MINANG: {
    male: ['Syafrizal', 'Afrizal', 'Zulkifli', 'Yusrizal', 'Irwan', 'Fadli', 'Hendri', 'Rahmat', 'Zainal', 'Mardianto', 'Erizon', 'Alfian', 'Yendri', 'Asrul'],
    female: ['Yusnidar', 'Nurhayati', 'Desmawati', 'Fitriani', 'Yulnetti', 'Elfira', 'Roswita', 'Zurnelly'],
    family: ['Syafri', 'Rusli', 'Yusuf', 'Darwis', 'Effendi', 'Chaniago', 'Piliang', 'Sikumbang', 'Tanjung', 'Azwar', 'Anwar', 'Hasan', 'Jamaris', 'Idris'],
  },
  BUGIS: {
    male: ['Amiruddin', 'Syamsul', 'Muhammad', 'Abdul', 'Hasanuddin', 'Arifin', 'Baharuddin', 'Ilham', 'Sudirman', 'Taufik', 'Yusran', 'Akbar'],
    female: ['Nurhayati', 'Rahmawati', 'Hasnah', 'Sitti', 'Nurdiana', 'Hamsiah', 'Ernawati'],
    family: ['Mappaturung', 'Pawelloi', 'Mallarangeng', 'Rahman', 'Makkasau', 'Latief', 'Sulaiman', 'Alimuddin', 'Mattalatta', 'Saleh', 'Sikki', 'Ramli', 'Hamzah'],
    prefixMale: ['Andi'],
    prefixFemale: ['Andi'],
  },
  ACEHNESE: {
    male: ['Abubakar', 'Iskandar', 'Nurdin', 'Ismail', 'Zulfikar', 'Saifullah', 'Mawardi', 'Husaini', 'Fauzi', 'Marzuki', 'Azhari', 'Mukhlis', 'Ridwan', 'Bustami'],
    female: ['Nurul', 'Cut', 'Fitri', 'Rosnani', 'Maryati', 'Salmiah', 'Nurjannah'],
    family: ['Daud', 'Hasballah', 'Ibrahim', 'Usman', 'Yahya', 'Sulaiman', 'Abdullah', 'Harun', 'Jalil', 'Umar', 'Thaib'],
    prefixMale: ['Teuku', 'T.'],
    prefixFemale: ['Cut'],
  },
  BALINESE: {
    male: ['Gede', 'Made', 'Wayan', 'Nyoman', 'Ketut', 'Putu', 'Komang', 'Kadek'],
    female: ['Luh', 'Putu', 'Made', 'Ayu', 'Komang', 'Kadek'],
    family: ['Suarjana', 'Wiryawan', 'Mahendra', 'Astawa', 'Suardana', 'Artawan', 'Wirawan', 'Sudarsana', 'Mertayasa', 'Arsana', 'Parwata', 'Suwitra', 'Dharmawan'],
    prefixMale: ['I'],
    prefixFemale: ['Ni'],
  },
  MINAHASA: {
    male: ['Johny', 'Steven', 'Olly', 'Franky', 'Ronald', 'Jeffry', 'Vicky', 'Audy', 'Denny', 'Max'],
    female: ['Grace', 'Meiske', 'Lydia', 'Vonny', 'Christiany', 'Femmy'],
    family: ['Wenas', 'Pangemanan', 'Lumentut', 'Rumondor', 'Kandou', 'Sondakh', 'Mandagi', 'Tumbelaka', 'Rompas', 'Dondokambey', 'Kaunang', 'Lasut', 'Runtuwene'],
  },
  MALUKU: {
    male: ['Murad', 'Marthin', 'Jacobus', 'Hendrik', 'Ruben', 'Yopie', 'Said', 'Barnabas', 'Frans'],
    female: ['Magdalena', 'Elisabeth', 'Juliana', 'Yohana', 'Selvie'],
    family: ['Pattimura', 'Latuconsina', 'Matulessy', 'Tuhumury', 'Ralahalu', 'Pelupessy', 'Sahetapy', 'Leiwakabessy', 'Wattimena', 'Huwae'],
  },
  ISLAMIC: {
    male: ['Muhammad', 'Ahmad', 'Abdul', 'Achmad', 'Fadhil', 'Hasan', 'Husein', 'Rizal', 'Faisal', 'Arief', 'Nico', 'Yusuf', 'Ikhsan', 'Hilman', 'Syarif', 'Luthfi'],
    female: ['Siti', 'Nur', 'Aisyah', 'Fatimah', 'Zahra', 'Rahmah', 'Laila', 'Khadijah', 'Annisa', 'Maulida'],
    family: ['Afinta', 'Hidayatullah', 'Rahman', 'Hakim', 'Fauzan', 'Ramadhan', 'Firdaus', 'Maulana', 'Ridho', 'Syahputra', 'Nurhadi', 'Amin', 'Mubarak', 'Zulkarnain', 'Hamid'],
  },
};

/** Weights of the traditions among officials, roughly as in the civil service. */
export const TRADITION_WEIGHTS: readonly (readonly [NameTradition, number])[] = [
  ['JAVANESE', 34],
  ['SUNDANESE', 12],
  ['BATAK', 10],
  ['MINANG', 7],
  ['BUGIS', 7],
  ['ACEHNESE', 5],
  ['BALINESE', 5],
  ['MINAHASA', 5],
  ['MALUKU', 3],
  ['ISLAMIC', 12],
];

/** Titles printed before a name. */
export const PREFIX_TITLES: readonly (readonly [string, number])[] = [
  ['Dr.', 10],
  ['Ir.', 5],
  ['Drs.', 4],
  ['Prof. Dr.', 1],
  ['Dr. Ir.', 2],
  ['H.', 3],
  ['dr.', 1],
];

/** Degrees printed after a name (bachelor, then master). */
export const BACHELOR_DEGREES: readonly string[] = ['S.H.', 'S.E.', 'S.T.', 'S.Kom.', 'S.Sos.', 'S.IP.', 'S.Si.', 'S.Pd.', 'S.STP.', 'S.Ak.', 'S.P.'];
export const MASTER_DEGREES: readonly string[] = ['M.H.', 'M.M.', 'M.T.', 'M.Si.', 'M.Kom.', 'M.A.P.', 'M.Ak.', 'M.Sc.', 'M.P.A.', 'M.E.', 'MBA'];
export const DOCTORAL_SUFFIX: readonly string[] = ['Ph.D.'];

/** Police ranks for senior officials and the degree police academies give. */
export const POLICE_RANKS: readonly string[] = ['KOMJEN POL.', 'IRJEN POL.', 'BRIGJEN POL.', 'KOMBES POL.'];
export const MILITARY_RANKS: readonly string[] = ['MAYJEN TNI', 'LAKSDA TNI', 'MARSDA TNI', 'BRIGJEN TNI', 'LAKSMA TNI', 'LETJEN TNI', 'LAKSDYA TNI', 'MARSDYA TNI', 'KOLONEL'];
