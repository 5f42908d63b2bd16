/**
 * Swedish words and passwords that an attacker tries first, for the passphrase estimator (zxcvbn ships no Swedish
 * pack). Most common first within each list: the estimator ranks a word by its position. Digits, capitals, l33t and
 * reversed spellings are zxcvbn's own business; spellings without å, ä and ö are added where the lists are built
 * (see passphrase.ts). The dictionary names tell zxcvbn which warning fits: `passwords…` a common password,
 * `…names` a name.
 */

const PASSWORDS = `
lösenord hemligt hemlis hejsan hejhej välkommen sommar vinter fotboll kärlek älskling sverige
stockholm göteborg malmö lösenfras lösen nyckel pinkod kod sommaren vintern våren hösten hemlig
jagälskardig älskardig mittlösenord nyttlösenord lösenord1 sommar2024 sommar2025 vinter2025 hejdå tjena tjenare
mamma pappa mormor morfar farmor farfar hund katten katt hästen häst kanin prinsessa prins ängel hjärtat hjärta
glass godis choklad kanelbulle fika kaffe pizza midsommar julafton julen påsk nyår semester födelsedag
blåvitt aik djurgården hammarby malmöff ifkgöteborg tretrekronor kronor hockey handboll innebandy bandy
volvo saab ikea abba spotify zlatan pippi emil astrid kalleanka bamse mumin
qwertyuiopå asdfghjklöä zxcvbnm växtkraft vaxtkraft rådgivare kartläggning utvecklingsplan kompetens tillväxt
företaget företag firman kontoret kontor administratör admin användare gäst test testar provar
`;

const COMMON_WORDS = `
och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan man när
år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut får finns vara hade alla andra
mycket än här då sedan över bara in blir upp även vad få två vill ha många hur mer går sverige kronor detta
nya procent skall hans utan sina något svenska allt första fick måste mellan blev bli dag någon några sitt
stora varit dem bland bra tre ta genom del hela annat fram gör ingen stod sätt igen tid gång
januari februari mars april maj juni juli augusti september oktober november december
måndag tisdag onsdag torsdag fredag lördag söndag vår sommar höst vinter
ett två tre fyra fem sex sju åtta nio tio elva tolv tjugo hundra tusen miljon
röd blå grön gul svart vit rosa lila orange brun grå silver guld
sol måne stjärna himmel moln regn snö vind storm hav sjö skog berg dal ö strand älv å bäck fjäll
blomma ros tulpan lilja björk ek gran tall äpple päron banan jordgubbe blåbär lingon hallon smultron
hund katt häst ko gris får get kanin höna tupp fågel fisk björn varg räv älg hjort lo örn uggla mus
hus hem stuga gård trädgård kök rum fönster dörr bil båt cykel tåg buss flyg resa väg gata torg stad by
mat bröd smör ost mjölk vatten öl vin snaps saft kaka tårta glass socker salt peppar
mamma pappa barn son dotter bror syster familj vän vänner kompis bästis kärlek lycka glädje frihet
glad lycklig snäll stark trygg fin vacker söt rolig dum arg ledsen trött hungrig
musik sång dans film bok spel dator telefon mobil internet jobb arbete skola lärare läxa pengar
kung drottning prins prinsessa riddare drake troll tomte ängel jul påsk midsommar
`;

const FIRST_NAMES = `
anna eva maria karin sara lena kerstin emma ingrid marie malin elin sofia kristina linnea ida johanna hanna
julia elsa alice maja ebba wilma astrid klara ella frida moa stina lisa helena annika birgitta margareta
elisabeth christina ulla inger monica susanne camilla jenny jessica louise agnes saga selma vera alva
lars karl erik anders johan per nils carl mikael jan hans peter olof gustav lennart fredrik daniel magnus
oskar william lucas liam hugo alexander elias noah oliver axel viktor filip emil anton isak ludvig sven
gunnar bengt bo åke göran leif kjell stefan thomas mats ulf björn bertil ingemar rolf roger kent tommy
jonas andreas mattias martin niklas henrik robert marcus sebastian adam albin arvid melvin theo vincent
`;

const LAST_NAMES = `
andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson
jansson hansson bengtsson jönsson lindberg jakobsson magnusson olofsson lindström lindqvist lindgren axelsson
berg bergström lundberg lind lundgren lundqvist mattsson berglund fredriksson sandberg henriksson forsberg
sjöberg wallin engström eklund danielsson lundin håkansson björk bergman gunnarsson holm wikström samuelsson
isaksson fransson bergqvist nyström holmberg arvidsson löfgren söderberg nyberg blomqvist claesson
`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

export const SWEDISH_DICTIONARIES: Record<string, string[]> = {
  'passwords-sv': words(PASSWORDS),
  'commonWords-sv': words(COMMON_WORDS),
  'firstnames-sv': words(FIRST_NAMES),
  'lastnames-sv': words(LAST_NAMES),
};
