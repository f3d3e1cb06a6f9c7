package uk.partnershipplans.portal.reporting.figures;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface FigureImportRepository extends JpaRepository<FigureImport, Long> {

    List<FigureImport> findByImportedByOrderByUploadedAtDesc(String importedBy, Pageable page);

    List<FigureImport> findByStateOrderBySubmittedAt(FigureImport.State state);
}
