import type { PrintRoute } from '@shared/api/printRoute';
import { PrintAttendance } from './PrintAttendance';
import { PrintBusinessCheck } from './PrintBusinessCheck';
import { PrintDeMinimis } from './PrintDeMinimis';
import { PrintPassport } from './PrintPassport';
import { PrintPersonData } from './PrintPersonData';
import { PrintPlan } from './PrintPlan';

/** The print view a print route names: each document in its own language, remounted when the route changes. */
export function PrintView({ route }: { route: PrintRoute }) {
  const autoPrint = route.auto === true;
  const { language } = route;
  switch (route.document) {
    case 'plan':
      return <PrintPlan key={`${route.companyId}/${language}`} companyId={route.companyId} language={language} autoPrint={autoPrint} />;
    case 'attendance':
      return (
        <PrintAttendance
          key={`${route.companyId}/${route.month}/${language}`}
          companyId={route.companyId}
          month={route.month}
          language={language}
          autoPrint={autoPrint}
        />
      );
    case 'deMinimis':
      return (
        <PrintDeMinimis key={`${route.companyId}/${language}`} companyId={route.companyId} language={language} autoPrint={autoPrint} />
      );
    case 'businessCheck':
      return <PrintBusinessCheck key={`${route.roundId}/${language}`} roundId={route.roundId} language={language} autoPrint={autoPrint} />;
    case 'passport':
      return <PrintPassport key={`${route.personId}/${language}`} personId={route.personId} language={language} autoPrint={autoPrint} />;
    case 'personData':
      return <PrintPersonData key={`${route.personId}/${language}`} personId={route.personId} language={language} autoPrint={autoPrint} />;
  }
}
